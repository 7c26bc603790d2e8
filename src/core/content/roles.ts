// The readers a principle or checklist is written for; each becomes a /for/<role>/ page on the site.
export const ROLES = ["policy-writer", "product-manager", "support", "research", "team-lead"] as const;
export type Role = (typeof ROLES)[number];

/** How each role is named on the site. */
export const ROLE_LABELS: Record<Role, string> = {
  "policy-writer": "Policy writers",
  "product-manager": "Product managers",
  support: "Support teams",
  research: "Researchers",
  "team-lead": "Team leads and managers",
};
