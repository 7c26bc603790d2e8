// Rule ids the rules engineer has promised for content/rules/. Until a file exists, links to it warn
// instead of failing, so the playbook and the rules can land in either order. The site's link
// rendering (site/src/lib/markdown.ts) imports this list; the checker's default no longer uses it.
export const PROMISED_RULES: readonly string[] = [
  "users-must", "you-must", "shall", "are-required-to", "prohibited-not-permitted", "reserves-the-right",
  "sole-discretion", "not-responsible-liable", "as-is", "no-refunds", "continued-use-means-acceptance",
  "increase-conversion", "drive-adoption", "marketing-opt-in-by-default", "competitive-advantage",
  "leads-and-prospects", "end-users", "internal-acronyms", "how-satisfied-are-you", "likely-to-recommend",
  "rate-our-product", "what-do-you-like-about-us", "contact-support-to-cancel", "respond-within-deadline",
  "fee-deducted", "we-cannot-help", "passive-hides-actor", "it-is-appreciated", "has-been-suspended",
  "we-have-had-to", "world-class-hype", "act-now-urgency", "uniquely-positioned", "we-are-proud",
  "our-vision-mission", "convenience-for-us", "perspective-score-threshold",
];
