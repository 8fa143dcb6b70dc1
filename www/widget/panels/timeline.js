// Timeline panel (placeholder list; replaced by the full timeline).
import { h, fmtDate } from '../dom.js';

export function renderTimeline(root, report, ctx) {
  root.append(h('ol', { class: 'px-tl-list' }, report.timeline.map((t) => h('li', {}, fmtDate(t.date), ' — ', t.event, ' (',
    t.evidence.map((e) => ctx.label(e.doc)).join(', '), ')'))));
}
