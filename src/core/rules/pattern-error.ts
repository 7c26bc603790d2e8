// The one error a rule pattern can fail with; rule-file loading turns it into a named field error.

/** A pattern that cannot be compiled; the message says why, in words a rule author can act on. */
export class PatternError extends Error {}
