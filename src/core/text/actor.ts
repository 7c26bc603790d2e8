// Guesses who acts in a sentence's main clause from its grammatical subject.
import type { Actor } from "../types.ts";

// A leading subordinate clause ("If you cancel, we ...") is skipped to reach the main subject.
const LEADING_CLAUSE = /^(?:if|when|whenever|once|before|after|unless|while|because|although|as soon as|in order to|to)\b[^,]{0,120},\s*/i;
const COMPANY = /^(?:we|we['’](?:ll|re|ve|d)|our|us|the company|the team|our team|management|staff)\b/i;
const READER = /^(?:you|you['’](?:ll|re|ve|d)|your|yourself)\b/i;
const THIRD_PARTY = /^(?:the\s+)?(?:users?|customers?|members?|subscribers?|visitors?|clients?|end[- ]users?|buyers?|participants?|respondents?|account holders?|applicants?)\b/i;

export function detectActor(sentence: string): Actor {
  const text = sentence.replace(/^[\s"'“‘(*_]+/, "").replace(LEADING_CLAUSE, "");
  if (COMPANY.test(text)) return "company";
  if (READER.test(text)) return "reader";
  if (THIRD_PARTY.test(text)) return "third-party";
  return "none";
}
