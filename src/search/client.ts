/**
 * The search dialog (replaces the script of Starlight's Search component, whose markup and
 * styles are kept; see src/overrides/Search.astro). Same dialog behaviour as Starlight's
 * (button, Ctrl/⌘ K, close on a link or outside), with Pagefind's UI configured for staff:
 * strings in the page's language, longer excerpts, the best section first, searched words
 * highlighted on the page opened, and questions searched forgivingly (./forgiving.ts) through
 * the Pagefind API that src/search/integration.ts writes next to Pagefind's own.
 */
// Only the dialog shell loads with the page; the search itself (./setup.ts) and the landing-page
// highlighter load when idle or when the URL asks for them, as Starlight loads Pagefind's UI.

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

class SiteSearch extends HTMLElement {
  constructor() {
    super();
    const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const dialogFrame = this.querySelector('.dialog-frame')!;

    /** Close the modal if a user clicks on a link or outside of the modal. */
    const onClick = (event: MouseEvent) => {
      const isLink = 'href' in (event.target || {});
      if (isLink || (document.body.contains(event.target as Node) && !dialogFrame.contains(event.target as Node)))
        closeModal();
    };
    const openModal = (event?: MouseEvent) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      this.querySelector('input')?.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
    };
    const closeModal = () => dialog.close();

    openBtn.addEventListener('click', openModal);
    openBtn.disabled = false;
    closeBtn.addEventListener('click', closeModal);
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (e) => {
      if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
        if (dialog.open) closeModal();
        else openModal();
        e.preventDefault();
      }
    });

    const lang = document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'zh';
    const start = async () => (await import('./setup')).startSearch(lang, this.dataset.synonyms, base);
    window.addEventListener('DOMContentLoaded', () =>
      (window.requestIdleCallback || ((cb: () => void) => setTimeout(cb, 1)))(start),
    );
  }
}
customElements.define('site-search', SiteSearch);
if (new URL(location.href).searchParams.has('highlight')) void import('./highlight').then((m) => m.highlightFromUrl());
