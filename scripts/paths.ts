import path from "node:path";
import { projectRoot } from "@/lib/db/migrations";

/** Local state of a development install (git-ignored): embedded database, generated dev secret. */
export const dataRoot = () => path.resolve(projectRoot, process.env.CLINIC_DATA_DIR ?? ".data");
export const embeddedDataDir = () => path.join(dataRoot(), "pglite");
