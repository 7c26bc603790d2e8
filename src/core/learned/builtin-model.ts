// The model that ships with Outside-In, trained by `npm run train` on the corpus's tuning organisations.
import data from "../generated/learned-model.json" with { type: "json" };
import type { LearnedModel } from "./model.ts";

export function builtinModel(): LearnedModel {
  return data as unknown as LearnedModel;
}
