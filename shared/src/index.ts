export * from "./types.ts";
export * from "./districts.ts";
export * from "./academic-year.ts";
export * from "./targets.ts";
export * from "./iin.ts";
