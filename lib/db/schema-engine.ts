// Thin wrapper over Prisma's own schema engine compiled to wasm, so migrations work without the
// native engine download (which cannot reach its host here). The package is internal to Prisma:
// it is pinned in package.json to the build matching the CLI, and tests/integration/migrations
// exercises every call used here. See docs/decisions/002-offline-prisma.md.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Pool } from "pg";
import type * as Wasm from "@prisma/schema-engine-wasm/schema_engine_bg";

type WasmModule = typeof Wasm;
export type SchemaEngine = Wasm.SchemaEngine;
export type MigrationList = Wasm.MigrationList;

export const noFilters: Wasm.SchemaFilter = { externalTables: [], externalEnums: [] };

let loaded: Promise<WasmModule> | undefined;

async function loadWasm(): Promise<WasmModule> {
  const bindings: WasmModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = fileURLToPath(
    new URL("./schema_engine_bg.wasm", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
  );
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  // The engine reports Rust panics through this global; keep the last message for the thrown error.
  const registry = {
    message: "",
    set_message(m: string) {
      registry.message = m;
    },
  };
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = registry;
  return bindings;
}

/**
 * adapter-pg runs a migration script by splitting it at every ";", which breaks function bodies
 * and leaves a half-applied migration on error. The native engine sends the script whole; so do
 * we: PostgreSQL then runs it as one implicit transaction, so a migration applies fully or not at all.
 */
function wholeScriptAdapter(connectionString: string, opened: { dispose(): Promise<void> }[]): PrismaPg {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await (adapter.underlyingDriver() as Pool).query(script);
      } catch (error) {
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

/**
 * Runs `work` with the schema engine connected to a PostgreSQL URL (PGlite over its socket, or a
 * real server), then frees the engine and closes its connections so the process can exit.
 */
export async function withSchemaEngine<T>(
  connectionString: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  loaded ??= loadWasm();
  const { SchemaEngine } = await loaded;
  const opened: { dispose(): Promise<void> }[] = [];
  const adapter = bindSqlAdapterFactory(wholeScriptAdapter(connectionString, opened));
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose()));
  }
}
