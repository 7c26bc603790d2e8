import type { Server } from "node:http";
export function serveDirectory(root: string, options?: { port?: number; host?: string }): Promise<Server>;
