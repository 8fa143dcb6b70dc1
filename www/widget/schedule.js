// Splits the rendering of a report into short tasks so the page keeps painting and answering
// input: one job per task, with a chance for the browser to paint between jobs. A new report
// cancels the jobs of the old one.

/** Resolves in a fresh task once the browser has had the chance to paint a frame. */
export function afterFrame() {
  return new Promise((resolve) => {
    let done = false;
    const go = () => { if (!done) { done = true; resolve(); } };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
    // A page in the background gets no animation frames; its work still finishes.
    setTimeout(go, 100);
  });
}

/** Resolves in a fresh task, ahead of other queued work when the browser can do that. */
export function yieldTask() {
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A queue of jobs run one per task, a frame apart. `idle` resolves when the queue has run dry;
 * `cancel()` drops every job not yet run (the jobs of a report no longer on screen).
 */
export class JobQueue {
  constructor() {
    this.jobs = [];
    this.urgent = 0; // how many jobs at the head of the queue were added with {next: true}
    this.generation = 0;
    this.running = false;
    this.waiters = [];
  }

  get pending() { return this.running || this.jobs.length > 0; }

  /** Queues `job`; with `{next: true}` ahead of the others (after earlier such jobs). */
  add(job, opts) {
    if (opts?.next) this.jobs.splice(this.urgent++, 0, job);
    else this.jobs.push(job);
    if (!this.running) this.run();
  }

  cancel() {
    this.generation += 1;
    this.jobs = [];
    this.urgent = 0;
    this.running = false;
    this.settle();
  }

  /** Runs every queued job now, in order (before printing, say). */
  flush() {
    while (this.jobs.length) this.runOne(this.take());
  }

  /** Resolves when no job is left. */
  idle() {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async run() {
    this.running = true;
    const gen = this.generation;
    while (this.jobs.length) {
      await afterFrame();
      if (gen !== this.generation) return;
      const job = this.take();
      if (job) this.runOne(job);
    }
    this.running = false;
    this.settle();
  }

  take() {
    if (this.urgent > 0) this.urgent -= 1;
    return this.jobs.shift();
  }

  runOne(job) {
    try {
      job();
    } catch (e) {
      console.error(e);
    }
  }

  settle() {
    if (this.pending) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
