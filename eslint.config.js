import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.wrangler/**",
      "**/test-artifacts/**",
      "**/.scratch/**",
      "**/worker-configuration.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { console: "readonly", process: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The pane's first script runs as a classic ES5 script in Internet Explorer 11 (its test parses it as ES5).
    files: ["addin/public/legacy-host.js"],
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly" } },
    rules: { "no-var": "off" },
  },
);
