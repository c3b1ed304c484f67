/**
 * <va-decision-guide>: re-ranks the candidates as the reader answers and as the date moves.
 *
 *   answer radio ────┐
 *   "Clear" button ──┴──► answers (URL: d-<question>) ──┐
 *   date control (`va:at`) ──► at ──────────────────────┴──► rankAt + whatWouldFlip ──► render:
 *                                                           move the rendered items, show or hide
 *                                                           the rendered reasons, rewrite summary,
 *                                                           flip, bar, links and data-state
 *   "Download" button ──► buildDecisionRecord(what is shown) ──► adr-virtualization-<date>.md
 *
 * The questions, candidates and effects are read back from the markup (DecisionGuide.astro), so the
 * page carries no second copy of the data. Items move only when their order changes: moving a node
 * takes the focus away from whatever inside it had it.
 */
import { todayIso } from '../../lib/at-date';
import { formatPartialDate } from '../../lib/dates';
import {
  answersOf,
  chosenOption,
  decisionSpec,
  describeState,
  effectHoldsAt,
  placeLabel,
  rankAt,
  scoreLabel,
  topOf,
  whatWouldFlip,
  type DecisionSpec,
  type EffectKind,
  type Guide,
  type GuideEffect,
  type GuideQuestion,
  type RankedRow,
} from '../../lib/decision';
import { setAttr, setHidden, UrlStateWidget } from '../shared/widget';
import { compareHref, matrixHref } from './links';
import { readRecord } from './read-record';
import { buildDecisionRecord, recordFileName } from './record';
import { flipText, summaryText, type Names } from './text';

/** A rendered reason and the effect it shows. */
interface ReasonRef {
  li: HTMLElement;
  question: GuideQuestion;
  option: string;
  effect: GuideEffect;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Sets an element's text only when it differs (each write inside a live region is spoken). */
function setText(el: Element, value: string) {
  if (el.textContent !== value) el.textContent = value;
}

class DecisionGuide extends UrlStateWidget<DecisionSpec> {
  protected override readonly datedView = true;
  private guide: Guide = { questions: [], candidates: [] };
  private items = new Map<string, HTMLLIElement>();
  private reasons: ReasonRef[] = [];
  private labels = new Map<string, string>();
  private rows: RankedRow[] = [];

  /** Reads questions from the form and candidates and effects from the rendered items. */
  protected spec(): DecisionSpec {
    const questions: GuideQuestion[] = [...this.querySelectorAll<HTMLElement>('fieldset[data-question]')].map(
      (fs) => {
        const id = fs.dataset.question!;
        this.labels.set(`q:${id}`, text(fs.querySelector('legend')));
        const options = [...fs.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((input) => {
          this.labels.set(`o:${id}/${input.value}`, text(input.closest('label')));
          return { id: input.value, effects: [] as GuideEffect[] };
        });
        return { id, options };
      },
    );
    const lis = [...this.querySelectorAll<HTMLLIElement>('li[data-system]')];
    lis.sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order));
    const candidates = lis.map((li) => {
      const id = li.dataset.system!;
      this.items.set(id, li);
      this.labels.set(`c:${id}`, text(li.querySelector('.va-decision-name')));
      const { first, last } = li.dataset;
      return { id, lifespan: first ? { first, ...(last ? { last } : {}) } : undefined };
    });
    for (const li of this.querySelectorAll<HTMLElement>('li[data-q]')) {
      const question = questions.find((q) => q.id === li.dataset.q);
      const option = question?.options.find((o) => o.id === li.dataset.o);
      if (!question || !option) continue;
      const effect: GuideEffect = {
        technology: li.closest<HTMLElement>('li[data-system]')!.dataset.system!,
        effect: li.dataset.kind as EffectKind,
        since: li.dataset.since,
        until: li.dataset.until,
      };
      (option.effects as GuideEffect[]).push(effect);
      this.reasons.push({ li, question, option: option.id, effect });
    }
    this.guide = { questions, candidates };
    return decisionSpec(questions);
  }

  protected setup() {
    // With the questions available, the long reasoning list becomes a reference to open on demand.
    this.querySelector<HTMLDetailsElement>('[data-reasoning]')!.open = false;
    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.type !== 'radio' || !(t.name in this.fields)) return;
      this.update({ [t.name]: t.value });
      // Beside the questions the ranking scrolls in its own box: show its top, where the change is.
      const result = this.querySelector<HTMLElement>('.va-decision-result')!;
      if (result.scrollTop > 0) result.scrollTop = 0;
    });
    this.querySelector('[data-clear]')!.addEventListener('click', () => this.reset());
    // The phone bar's link moves the focus to the ranking it scrolls to, so the focus is not lost.
    this.querySelector('[data-to-ranking]')!.addEventListener('click', (e) => {
      e.preventDefault();
      const result = this.querySelector<HTMLElement>('.va-decision-result')!;
      result.scrollIntoView({ block: 'start' });
      result.focus({ preventScroll: true });
    });
    this.querySelector('[data-export]')!.addEventListener('click', () => this.download());
  }

  private names(): Names {
    return {
      name: (id) => this.labels.get(`c:${id}`) ?? id,
      question: (id) => this.labels.get(`q:${id}`) ?? id,
      option: (q, o) => this.labels.get(`o:${q}/${o}`) ?? o,
    };
  }

  /** Puts `lis` into `list` in order, moving nodes only when the order differs. */
  private place(list: Element, lis: HTMLLIElement[]) {
    const now = [...list.children];
    if (now.length !== lis.length || now.some((li, i) => li !== lis[i])) list.append(...lis);
  }

  protected render() {
    const answers = answersOf(this.guide.questions, this.state);
    const at = this.at.at;
    const rows = rankAt(this.guide, answers, at);
    this.rows = rows;
    for (const input of this.querySelectorAll<HTMLInputElement>(
      'fieldset[data-question] input[type="radio"]',
    ))
      input.checked = this.state[input.name] === input.value;

    const li = (r: RankedRow) => this.items.get(r.technology)!;
    this.place(this.querySelector('[data-ranking]')!, rows.filter((r) => r.available).map(li));
    this.place(this.querySelector('[data-unavailable]')!, rows.filter((r) => !r.available).map(li));
    setHidden(
      this.querySelector<HTMLElement>('[data-off]')!,
      rows.every((r) => r.available),
    );
    const rowOf = new Map(rows.map((r) => [r.technology, r]));
    for (const r of this.reasons) {
      const row = rowOf.get(r.effect.technology)!;
      const on =
        row.available && chosenOption(r.question, answers).id === r.option && effectHoldsAt(r.effect, at);
      setHidden(r.li, !on);
    }
    for (const row of rows) this.fillCandidate(li(row), row, rows);

    const names = this.names();
    const atText = formatPartialDate(at);
    for (const el of this.querySelectorAll('[data-at-text]')) setText(el, atText);
    setText(this.querySelector('[data-summary]')!, summaryText(rows, Object.keys(answers).length, at, names));
    setText(
      this.querySelector('[data-flip]')!,
      flipText(whatWouldFlip(this.guide, answers, at), rows, names),
    );
    const top = topOf(rows);
    setText(this.querySelector('[data-bar-top]')!, top ? names.name(top.technology) : 'none');
    const shownAt = this.at.isToday ? undefined : at;
    setAttr(this.querySelector('[data-compare]')!, 'href', compareHref(rows, shownAt));
    setAttr(this.querySelector('[data-matrix]')!, 'href', matrixHref(shownAt));
    this.dataset.state = describeState(this.guide.questions, answers, rows);
  }

  private fillCandidate(item: HTMLLIElement, row: RankedRow, rows: RankedRow[]) {
    setAttr(item, 'data-available', String(row.available));
    setAttr(item, 'data-excluded', row.excluded ? '' : null);
    setText(item.querySelector('[data-place]')!, placeLabel(row, rows));
    setText(item.querySelector('[data-score]')!, row.available && !row.excluded ? scoreLabel(row.score) : '');
    for (const p of item.querySelectorAll<HTMLElement>('[data-life]'))
      setHidden(p, p.dataset.life !== row.life);
    setHidden(item.querySelector<HTMLElement>('[data-reasons]')!, !row.available);
    let any = false;
    for (const group of item.querySelectorAll<HTMLElement>('[data-group]')) {
      const shown = [...group.querySelectorAll<HTMLElement>('li[data-q]')].some((x) => !x.hidden);
      setHidden(group, !shown);
      any ||= shown;
    }
    setHidden(item.querySelector<HTMLElement>('[data-none]')!, any);
  }

  /** Builds the decision record of what is shown and offers it as a download. */
  private download() {
    const record = readRecord(this, {
      at: this.at.at,
      generated: todayIso(),
      url: location.href,
      rows: this.rows,
      questions: this.guide.questions,
      answers: answersOf(this.guide.questions, this.state),
      names: this.names(),
    });
    const url = URL.createObjectURL(new Blob([buildDecisionRecord(record)], { type: 'text/markdown' }));
    // A transient link carries the download: a page link without an address is not crawlable.
    const a = document.createElement('a');
    a.href = url;
    a.download = recordFileName(this.at.at);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

customElements.define('va-decision-guide', DecisionGuide);
