// The embedding example's host script: feeds the first widget from JavaScript and logs the
// `parallax-report` event, as a newsroom CMS would.
const fed = document.getElementById('fed');
const log = document.getElementById('fed-log');
fed.addEventListener('parallax-report', (e) => {
  const r = e.detail.report;
  log.textContent = r ? `parallax-report: ${r.documents.length} documents, ${r.claims.length} claims.` : 'Cleared.';
});
const articles = [
  { name: 'ledger.txt', text: 'Valley Ledger\n\nBridge reopens after repairs\n\nMarch 2, 2026\n\nThe Old Mill bridge in Port Ellis reopened on Monday after six weeks of repairs costing 1.2 million euros, Mayor Ines Vartan said.\n' },
  { name: 'wire.txt', text: 'Northern Wire\n\nPort Ellis bridge open again\n\nMarch 2, 2026\n\nThe Old Mill bridge in Port Ellis reopened on Monday after eight weeks of repairs costing 1.2 million euros, Mayor Ines Vartan said.\n' },
];
customElements.whenDefined('parallax-compare').then(() => fed.analyze(articles));
