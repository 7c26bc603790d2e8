// Types for check-links.mjs (plain JavaScript so astro.config.mjs can load it without a build step).
import type { AstroIntegration } from "astro";

/** One message per broken internal link or anchor in the built site at `dist`. */
export function findBrokenLinks(dist: string): string[];
export function checkLinks(): AstroIntegration;
