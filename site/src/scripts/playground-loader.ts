// Starts the playground without making the page wait for the linter: the core and its rulebook are
// a large script that takes a phone seconds to evaluate, so it loads only once someone reaches for
// the playground (pointer, touch, focus) or arrives with text to check in the URL.
const WANTED = ["pointerover", "pointerdown", "focusin"] as const;

async function start(root: HTMLElement) {
  const { startPlayground } = await import("./playground.ts");
  // Whatever was typed while the linter was on its way is kept (the playground starts from the URL).
  const input = root.querySelector<HTMLTextAreaElement>("[data-input]");
  const typed = input && { text: input.value, start: input.selectionStart, end: input.selectionEnd };
  startPlayground(root);
  if (input && typed?.text && input.value !== typed.text) {
    input.value = typed.text;
    input.setSelectionRange(typed.start, typed.end);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/** Loads the linter for each playground under `root` when it is first wanted. */
export function loadPlaygrounds(root: ParentNode) {
  for (const playground of root.querySelectorAll<HTMLElement>("[data-playground]")) {
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      for (const type of WANTED) playground.removeEventListener(type, go);
      void start(playground);
    };
    for (const type of WANTED) playground.addEventListener(type, go, { passive: true });
    // Text in the fragment (a permalink): check it straight after the first paint.
    if (/(^#|&)text=/.test(location.hash)) requestAnimationFrame(() => setTimeout(go));
  }
}
