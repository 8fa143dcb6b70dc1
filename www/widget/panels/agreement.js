// Agreement panel (placeholder list; replaced by the full table).
import { h } from '../dom.js';

export function renderAgreement(root, report) {
  root.append(h('ul', {}, report.claims.map((c) => h('li', {}, c.claim))));
}
