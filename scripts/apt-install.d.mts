export function aptInstall(packages: string[]): void;
