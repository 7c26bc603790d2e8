// Pages the site builds from many files stand under the playbook's own owner and review dates
// (content/index.md), so each of them says who keeps it and when it was last checked.
import { getEntry } from "astro:content";

export async function playbookReview() {
  const home = await getEntry("home", "index");
  return { owner: home?.data.owner, reviewed: home?.data.reviewed, reviewInterval: home?.data.reviewInterval };
}
