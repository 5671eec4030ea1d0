// The local development certificate: a private CA that clients trust (.certs/dev-ca.pem) and a
// server certificate for localhost and 127.0.0.1 signed by it. Excel add-ins refuse plain HTTP, so
// `npm start` serves HTTPS with these. Made with the `openssl` CLI, once; kept in the gitignored .certs/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const certDir = join(repoRoot, ".certs");

/** Paths of the development CA and server certificate (they may not exist yet). */
export const certPaths = {
  ca: join(certDir, "dev-ca.pem"),
  caKey: join(certDir, "dev-ca-key.pem"),
  cert: join(certDir, "localhost.pem"),
  key: join(certDir, "localhost-key.pem"),
};

function openssl(args) {
  try {
    execFileSync("openssl", args, { cwd: certDir, stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new Error(
        "The `openssl` command is missing: install it (Debian/Ubuntu: apt-get install openssl).",
      );
    }
    throw new Error(`openssl ${args[0]} failed: ${String(error.stderr ?? error.message).trim()}`);
  }
}

/**
 * Makes the development CA and the localhost certificate unless they already exist.
 * @returns {typeof certPaths & { created: boolean }}
 */
export function ensureDevCert() {
  if (existsSync(certPaths.ca) && existsSync(certPaths.cert) && existsSync(certPaths.key)) {
    return { ...certPaths, created: false };
  }
  mkdirSync(certDir, { recursive: true });
  // Several test runners may start servers at once: build in a private directory, then move into place.
  const work = join(certDir, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(work);
  const at = (name) => join(work, name);
  try {
    const days = "825"; // the longest validity macOS and iOS accept for a server certificate
    const curve = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
    openssl([
      "req",
      "-x509",
      ...curve,
      "-keyout",
      at("ca-key.pem"),
      "-out",
      at("ca.pem"),
      "-days",
      days,
      "-subj",
      "/O=Sapa development/CN=Sapa local development CA",
      "-addext",
      "basicConstraints=critical,CA:TRUE,pathlen:0",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    openssl([
      "req",
      ...curve,
      "-keyout",
      at("key.pem"),
      "-out",
      at("req.csr"),
      "-subj",
      "/O=Sapa development/CN=localhost",
    ]);
    writeFileSync(
      at("ext.cnf"),
      [
        "basicConstraints=critical,CA:FALSE",
        "keyUsage=critical,digitalSignature,keyEncipherment",
        "extendedKeyUsage=serverAuth",
        "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
        "",
      ].join("\n"),
    );
    openssl([
      "x509",
      "-req",
      "-in",
      at("req.csr"),
      "-CA",
      at("ca.pem"),
      "-CAkey",
      at("ca-key.pem"),
      "-set_serial",
      `0x${Date.now().toString(16)}`,
      "-days",
      days,
      "-sha256",
      "-extfile",
      at("ext.cnf"),
      "-out",
      at("cert.pem"),
    ]);
    // Another process may have finished first; keep whichever set is complete.
    if (!(existsSync(certPaths.ca) && existsSync(certPaths.cert) && existsSync(certPaths.key))) {
      execFileSync("mv", ["-f", at("ca-key.pem"), certPaths.caKey]);
      execFileSync("mv", ["-f", at("key.pem"), certPaths.key]);
      execFileSync("mv", ["-f", at("cert.pem"), certPaths.cert]);
      execFileSync("mv", ["-f", at("ca.pem"), certPaths.ca]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { ...certPaths, created: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const made = ensureDevCert();
  console.log(
    `${made.created ? "Created" : "Already present"}: ${made.ca} (trust this CA), ${made.cert}, ${made.key}`,
  );
}
