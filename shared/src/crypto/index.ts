export * from "./errors.ts";
export * from "./region-key.ts";
export * from "./iin-key.ts";
export * from "./key-file.ts";
export * from "./row-seal.ts";
export * from "./schemas.ts";
export { containsPrivateKey } from "./private-key-guard.ts";
export { toBase64Url, fromBase64Url, type WebCryptoKey } from "./webcrypto.ts";
