export const ANCHORS: Record<string, (text: string) => boolean>;
