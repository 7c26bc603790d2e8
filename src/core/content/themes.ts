// The seed themes every playbook must cover, each mapped to the tag slug principles use for it.
export interface SeedTheme {
  slug: string;
  theme: string;
}

export const SEED_THEMES: readonly SeedTheme[] = [
  { slug: "jobs-to-be-done", theme: "Customers' jobs-to-be-done are the real lifeblood; revenue is a by-product" },
  { slug: "customer-eyes", theme: "See things as customers see them, before and after purchase" },
  { slug: "easy", theme: "Easy means little time, worry, effort and money" },
  { slug: "survey-about-customer", theme: "Surveys that ask about the customer, not the company" },
  { slug: "shared-vision", theme: "A shared vision built from customers' views" },
  { slug: "behind-the-scenes", theme: "Everyone behind the scenes affects customers: systemic, not reactive; bust silos; internal customers" },
  { slug: "hire-and-onboard", theme: "Hire, promote and onboard for customer focus" },
  { slug: "reward-team-behaviour", theme: "Reward team behaviour, not individual or customer behaviour" },
  { slug: "transparency", theme: "Transparency and admitting mistakes quickly" },
  { slug: "employee-wellbeing", theme: "Employee wellbeing" },
  { slug: "retention", theme: "Retention over acquisition" },
  { slug: "voice-of-customer", theme: "Voice of the customer over ad spend" },
  { slug: "measure", theme: "You don't know if you don't measure" },
  { slug: "complaints", theme: "Make it easy to complain and own the problem" },
  { slug: "leadership", theme: "Leadership driven" },
  { slug: "culture", theme: "Culture over strategy" },
  { slug: "not-a-buzzword", theme: "Don't use \"customer-centric\" as a buzzword" },
];

/** Themes that no principle tags, given every principle's tags. */
export function uncoveredThemes(principleTags: string[][], themes: readonly SeedTheme[] = SEED_THEMES): SeedTheme[] {
  const tagged = new Set(principleTags.flat());
  return themes.filter((t) => !tagged.has(t.slug));
}
