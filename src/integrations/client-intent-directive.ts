/**
 * client:intent — hydrate a calculator when the reader starts to use it: the
 * pointer comes over it, a finger or a click lands on it, or focus enters it
 * (Tab). Until then the server-rendered calculator (default case, results,
 * chart) is the page, and loading it costs no script at all: on a mid-range
 * phone, hydrating on sight was the one long task on a calculator page
 * (~140–560 ms of main thread at Lighthouse's 4× slowdown).
 *
 * A link that carries a scenario (?…) hydrates as soon as the calculator is on
 * screen, like client:visible: the server-rendered defaults are not what it shows.
 *
 * Nothing done before hydration finishes is lost. What was typed or ticked is put
 * back and announced again with the input and change events a browser fires, once
 * the component listens (Preact's hydration keeps an input's value but resets a
 * textarea's), and a button clicked meanwhile is clicked again.
 *
 * If the calculator's script fails to load (a dropped connection), Astro's island runtime tries it
 * once more after a second (a cache-busted URL), then reports `astro:hydration-error` and hands
 * back a hydrate that does nothing. Without a word the calculator would then look alive but
 * compute nothing, so a message above it says so, and the reader's next gesture tries again.
 */
import type { ClientDirective } from 'astro';

const TRIGGERS = ['pointerover', 'pointerdown', 'focusin'] as const;
const FAILED = {
  zh: '计算器未能加载，请检查网络连接后再试或刷新页面。',
  en: 'The calculator could not load. Check your connection, then try again or reload the page.',
};
type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const intent: ClientDirective = (load, _options, el) => {
  const edited = new Set<Editable>();
  let clicked: HTMLButtonElement | null = null;
  const onEdit = (e: Event) => edited.add(e.target as Editable);
  const onClick = (e: Event) => (clicked = (e.target as Element).closest('button'));
  const early = [
    ['input', onEdit],
    ['change', onEdit],
    ['click', onClick],
  ] as const;
  for (const [type, fn] of early) el.addEventListener(type, fn);

  let io: IntersectionObserver | undefined;
  let started = false;
  let notice: HTMLElement | undefined;
  let failed = false;
  el.addEventListener('astro:hydration-error', () => (failed = true));
  /** The message above the calculator; the next gesture tries again. */
  const couldNotLoad = () => {
    if (!notice) {
      notice = document.createElement('p');
      notice.className = 'calc-error';
      notice.setAttribute('role', 'alert');
      notice.dataset.islandError = '';
      notice.textContent = document.documentElement.lang.startsWith('zh') ? FAILED.zh : FAILED.en;
      el.prepend(notice);
    }
    started = false;
    for (const type of TRIGGERS) el.addEventListener(type, start, { passive: true });
  };
  const start = async () => {
    if (started) return;
    started = true;
    failed = false;
    io?.disconnect();
    for (const type of TRIGGERS) el.removeEventListener(type, start);
    const hydrate = await load(); // Astro retries a failed import once, after a second
    if (failed) return couldNotLoad();
    notice?.remove(); // hydration expects the server-rendered children only
    const typed = [...edited].map((f) => [f, f.value, 'checked' in f ? f.checked : false] as const);
    await hydrate();
    for (const [type, fn] of early) el.removeEventListener(type, fn);
    for (const [field, value, checked] of typed) {
      field.value = value;
      if ('checked' in field) field.checked = checked;
      // Text fields listen to input, selects and checkboxes to change: send both, as the browser did.
      for (const type of ['input', 'change']) field.dispatchEvent(new Event(type, { bubbles: true }));
    }
    clicked?.click();
  };

  for (const type of TRIGGERS) el.addEventListener(type, start, { passive: true });
  if (location.search) {
    io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start());
    // astro-island is display: contents, so watch its children (as client:visible does).
    for (const child of el.children) io.observe(child);
  }
};

export default intent;
