"""The Ask page's style and its one script (our own text: no content from documents or questions).

The script makes the conversation's HTML (``kb.web.turns``) work without a rerun of the page:
a citation marker opens and scrolls to its source, "Copy answer" copies, and a new answer's
question is brought to the top of the view.
"""

from __future__ import annotations

STYLE = """<style>
.kb-q, .kb-answer, .kb-passage { white-space: pre-wrap; overflow-wrap: anywhere; }
.kb-q { scroll-margin-top: 4.5rem; margin: 1.2rem 0 .9rem; padding: .75rem 1rem; border-radius: .5rem;
  background: rgba(128, 128, 128, .1); }
.stElementContainer:has([data-testid="stChatInput"]) { position: sticky; bottom: 0; z-index: 5;
  padding: .6rem 0 1rem; background: var(--background-color, #fff); }
[data-testid="stChatInput"] { background: inherit; }
.kb-answer { line-height: 1.6; }
.kb-unanswered .kb-answer, .kb-turn.kb-error .kb-answer { padding: .6rem .8rem; border-radius: .5rem;
  background: rgba(28, 131, 225, .1); }
.kb-turn.kb-error .kb-answer { background: rgba(255, 43, 43, .09); }
a.kb-cite { text-decoration: none; font-weight: 600; padding: 0 .1rem; border-radius: .25rem; }
a.kb-cite:hover { background: rgba(255, 164, 33, .25); }
.kb-sources { margin-top: .8rem; }
.kb-sources-h { font-weight: 600; }
.kb-hint { font-size: .8rem; opacity: .7; margin-bottom: .3rem; }
details.kb-src { border: 1px solid rgba(128, 128, 128, .3); border-radius: .5rem; padding: .35rem .7rem;
  margin: .3rem 0; scroll-margin: 5rem 0 8rem 0; }
details.kb-src > summary { cursor: pointer; overflow-wrap: anywhere; }
details.kb-src.kb-flash, details.kb-src:target { box-shadow: 0 0 0 2px rgba(255, 164, 33, .8); }
.kb-lang, .kb-also { opacity: .75; }
.kb-passage { margin: .4rem 0 .2rem; }
.kb-passage mark { background: rgba(255, 164, 33, .35); color: inherit; padding: 0 .1rem; border-radius: .2rem; }
.kb-versions > input { position: absolute; opacity: 0; pointer-events: none; }
.kb-versions > label { display: inline-block; margin: .3rem .3rem 0 0; padding: .05rem .6rem; cursor: pointer;
  border: 1px solid rgba(128, 128, 128, .4); border-radius: 1rem; font-size: .85rem; }
.kb-versions > input:checked + label { border-color: rgba(255, 164, 33, .9); background: rgba(255, 164, 33, .15); }
.kb-versions > input:focus-visible + label { outline: 2px solid rgba(255, 164, 33, .9); }
.kb-versions > .kb-passage { display: none; }
.kb-versions > input:nth-of-type(1):checked ~ .kb-passage:nth-of-type(1),
.kb-versions > input:nth-of-type(2):checked ~ .kb-passage:nth-of-type(2),
.kb-versions > input:nth-of-type(3):checked ~ .kb-passage:nth-of-type(3),
.kb-versions > input:nth-of-type(4):checked ~ .kb-passage:nth-of-type(4) { display: block; }
.kb-actions { margin-top: .5rem; display: flex; gap: .8rem; align-items: center; flex-wrap: wrap; font-size: .85rem; }
button.kb-copy { font: inherit; cursor: pointer; padding: .15rem .7rem; border-radius: .5rem; color: inherit;
  background: transparent; border: 1px solid rgba(128, 128, 128, .4); }
</style>"""

# Citation links open and scroll to their source without touching the URL; "Copy answer" puts the
# turn's plain text on the clipboard. Two guards keep a click made right after an answer appears:
# a source a citation opened is opened again if Streamlit draws its turn anew, and the page does
# not bring the new question up once the reader presses, touches, scrolls or points at a control.
SCRIPT = """<script>
(() => {
  if (window.__kbChat) return;
  window.__kbChat = true;
  const copy = async (text) => {
    try { await navigator.clipboard.writeText(text); return true; } catch (e) {
      const area = document.createElement('textarea');
      area.value = text; area.style.position = 'fixed'; area.style.opacity = '0';
      document.body.appendChild(area); area.select();
      const ok = document.execCommand('copy'); area.remove(); return ok;
    }
  };
  const opened = new Set();  // ids of the sources citations opened, until the reader closes one
  const reopen = () => {
    for (const id of opened) {
      const source = document.getElementById(id);
      if (source && !source.open) source.open = true;
    }
  };
  document.addEventListener('toggle', (event) => {
    const source = event.target;
    if (source instanceof HTMLDetailsElement && !source.open && source.isConnected) opened.delete(source.id);
  }, true);
  // A new answer: bring its question to the top of the view, so the answer's start is in view on a phone too.
  let newest = 0, follow_id = 0;
  const follow = () => {
    const asked = document.querySelectorAll('.kb-q[data-q]');
    if (!asked.length) { newest = 0; opened.clear(); return; }
    const last = asked[asked.length - 1];
    const turn = Number(last.dataset.q);
    if (turn === newest) return;
    const first = newest === 0 && asked.length > 1;  // the page drawn again (a reload): leave it
    newest = turn;
    if (first) return;
    // Streamlit first scrolls a chat to its bottom; once that scrolling has settled, bring the question up.
    const scroller = document.querySelector('[data-testid="stAppScrollToBottomContainer"]');
    // (Its scroll handler acts on one scroll event per 100 ms: wait until nothing scrolled for 150 ms.)
    let previous = -1, since = performance.now();
    const started = since, mine = ++follow_id;
    const settle = () => {
      if (mine !== follow_id) return;  // the reader took over (or a newer answer came)
      const now = performance.now(), top = scroller ? scroller.scrollTop : 0;
      if (top !== previous) { previous = top; since = now; }
      if (now - since > 150 || now - started > 2000) last.scrollIntoView({block: 'start'});
      else requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  };
  // Moving the page under a reader who is about to click would send the click elsewhere.
  const takeOver = (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (event.type !== 'pointermove' || (target && target.closest('a, button, summary, label, input, textarea')))
      follow_id++;
  };
  for (const type of ['pointerdown', 'pointermove', 'touchstart', 'wheel', 'keydown'])
    document.addEventListener(type, takeOver, {capture: true, passive: true});
  let queued = false;
  new MutationObserver(() => {
    reopen();  // at once, before the redrawn turn is painted closed
    if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; follow(); }); }
  }).observe(document.body, {childList: true, subtree: true});
  document.addEventListener('click', async (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const cite = target && target.closest('a.kb-cite');
    if (cite) {
      event.preventDefault();
      opened.add(cite.dataset.src);
      const source = document.getElementById(cite.dataset.src);
      if (!source) return;
      source.open = true;
      source.scrollIntoView({behavior: 'smooth', block: 'nearest'});
      source.classList.add('kb-flash');
      setTimeout(() => source.classList.remove('kb-flash'), 1600);
      return;
    }
    // A reader closing a source: forget it now, not when the 'toggle' event comes (a task later), or a
    // redraw in between would open it again.
    const summary = target && target.closest('details > summary');
    if (summary && summary.parentElement.open) opened.delete(summary.parentElement.id);
    const button = target && target.closest('button.kb-copy');
    if (button) {
      const plain = button.closest('.kb-turn').querySelector('.kb-plain');
      if (plain && await copy(plain.textContent)) {
        const label = button.textContent;
        button.textContent = button.dataset.done;
        setTimeout(() => { button.textContent = label; }, 1500);
      }
    }
  });
})();
</script>"""
