/**
 * <va-decision-guide>: ranks the candidate systems live as the reader answers.
 *
 *   era radio ───────┐
 *   answer radio ────┼──► [era E, answers A] ──► rankCandidates ──► reorder and refill the list
 *   "Clear" button ──┘          │
 *                               └──► URL (?d-era=, ?d-<question>=) and data-state
 */
import { readPayload, readUrlState, renderSources, writeUrlState } from '../shared/client-dom';
import type { SourceRef } from '../shared/sources';
import type { DecisionQuestion } from '../../schemas/decision';
import type { StateOf, StateSpec } from '../../lib/url-state';
import {
  decisionStateSpec,
  describeState,
  EFFECT_LABELS,
  fromFields,
  placeLabel,
  rankCandidates,
  reasonSignature,
  scoreLabel,
  toFields,
  type DecisionReason,
  type DecisionState,
  type RankedCandidate,
} from '../../lib/decision';

interface Payload {
  candidates: { id: string; name: string; page: string | null }[];
  questions: DecisionQuestion[];
  refs: Record<string, SourceRef>;
}

class DecisionGuide extends HTMLElement {
  private data!: Payload;
  private spec!: StateSpec;
  private state!: DecisionState;

  connectedCallback() {
    this.data = readPayload<Payload>(this);
    this.spec = decisionStateSpec(this.data.questions);
    const fields = readUrlState(this.spec, this.querySelector('.va-notice'));
    this.state = fromFields(this.data.questions, fields as unknown as Record<string, string>);
    this.dataset.enhanced = '';
    // With the radios available, the long reasoning list becomes a reference the reader can open.
    this.querySelector<HTMLDetailsElement>('[data-reasoning]')!.open = false;

    this.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.type !== 'radio') return;
      if (t.name === 'd-era') this.update({ ...this.state, era: t.value as DecisionState['era'] });
      else this.update({ ...this.state, answers: { ...this.state.answers, [t.name.slice(2)]: t.value } });
    });
    this.querySelector('[data-clear]')!.addEventListener('click', () =>
      this.update({ era: this.state.era, answers: {} }),
    );
    this.render();
  }

  private update(next: DecisionState) {
    // Normalise through the URL fields so default answers drop out of the state.
    this.state = fromFields(this.data.questions, toFields(this.data.questions, next));
    writeUrlState(this.spec, toFields(this.data.questions, this.state) as unknown as StateOf<StateSpec>);
    this.render();
  }

  private render() {
    const { questions } = this.data;
    const fields = toFields(questions, this.state);
    for (const [name, value] of Object.entries(fields)) {
      const input = this.querySelector<HTMLInputElement>(
        `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`,
      );
      if (input) input.checked = true;
    }
    const ranking = rankCandidates(questions, this.state.answers, this.state.era);
    const list = this.querySelector<HTMLOListElement>('[data-ranking]')!;
    const items = new Map(
      [...list.children].map((li) => [(li as HTMLElement).dataset.tech!, li as HTMLLIElement]),
    );
    const order = ranking.map((r) => items.get(r.technology)!);
    // Move items only when the order changed, so the live region announces real changes.
    if (order.some((li, i) => list.children[i] !== li)) list.append(...order);
    for (const row of ranking) this.fillCandidate(items.get(row.technology)!, row, ranking);

    this.querySelector('[data-summary]')!.textContent = this.summary(ranking);
    this.dataset.state = describeState(questions, this.state, ranking);
  }

  private summary(ranking: RankedCandidate[]): string {
    const era = this.state.era === '2007' ? 'At the end of 2007' : 'Today';
    const answered = Object.keys(this.state.answers).length;
    if (!answered)
      return `${era}, with no requirements stated, every system scores 0 and they appear in the guide's fixed order.`;
    const name = (id: string) => this.data.candidates.find((c) => c.id === id)!.name;
    const top = ranking.filter((r) => !r.excluded && r.place === 1);
    const out = ranking.filter((r) => r.excluded).length;
    const lead = top.length
      ? `${top.map((r) => name(r.technology)).join(', ')} ${top.length > 1 ? 'share' : 'has'} the top score (${scoreLabel(top[0]!.score)})`
      : 'every system is ruled out';
    return `${era}, for ${answered} stated requirement${answered === 1 ? '' : 's'}: ${lead}; ${out} ruled out.`;
  }

  private fillCandidate(li: HTMLLIElement, row: RankedCandidate, ranking: RankedCandidate[]) {
    li.toggleAttribute('data-excluded', row.excluded);
    setText(li.querySelector('[data-place]')!, placeLabel(row, ranking));
    setText(li.querySelector('[data-score]')!, row.excluded ? '' : scoreLabel(row.score));
    // Rebuild the reasons only when they changed: every rewrite inside the live region is spoken.
    const signature = reasonSignature(row);
    if (li.dataset.signature === signature) return;
    li.dataset.signature = signature;
    const box = li.querySelector('[data-reasons]')!;
    const groups: [string, DecisionReason[]][] = [
      ['Ruled out because', row.exclusions],
      ['For', row.pros],
      ['Against', row.cons],
    ];
    const nodes: Element[] = [];
    for (const [title, items] of groups) {
      if (!items.length) continue;
      const p = document.createElement('p');
      p.className = 'va-decision-group';
      p.textContent = title;
      const ul = document.createElement('ul');
      ul.append(...items.map((r) => this.reasonItem(r)));
      nodes.push(p, ul);
    }
    if (!nodes.length) {
      const p = document.createElement('p');
      p.className = 'va-decision-none';
      p.textContent = 'No stated requirement affects it.';
      nodes.push(p);
    }
    box.replaceChildren(...nodes);
  }

  private reasonItem(r: DecisionReason): HTMLLIElement {
    const li = document.createElement('li');
    const badge = document.createElement('span');
    badge.className = 'va-decision-effect';
    badge.dataset.effect = r.effect;
    badge.textContent = EFFECT_LABELS[r.effect];
    const answer = document.createElement('em');
    answer.textContent = this.data.questions
      .find((q) => q.id === r.question)!
      .options.find((o) => o.id === r.option)!.label;
    const cites = document.createElement('span');
    cites.className = 'va-cite';
    renderSources(
      cites,
      r.sources.map((k) => this.data.refs[k]!),
    );
    li.append(badge, ' ', answer, `: ${r.reason} `, cites);
    return li;
  }
}

/** Sets an element's text only when it differs, so the live region stays quiet otherwise. */
function setText(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
}

customElements.define('va-decision-guide', DecisionGuide);
