/**
 * The outcome as workflow annotations (and the log line of a pass). Pure: the action's adapter only
 * hands each one to @actions/core. Titles and messages pass through the door here, so nothing a server
 * said can become a workflow command.
 */
import type { Outcome } from '../gate/outcome.js';
import { forLog, forTitle } from './escape.js';

export interface Annotation {
  /** `info` is a plain log line, not an annotation: a pass is silent in the job's annotations. */
  level: 'info' | 'notice' | 'warning' | 'error';
  title: string;
  message: string;
}

export function renderAnnotations(o: Outcome): Annotation[] {
  const annotations: Annotation[] = [];
  if (o.resync) {
    annotations.push({
      level: o.resync.level,
      title: forTitle(o.resync.title),
      message: forLog(o.resync.line),
    });
  }
  // Verdict and fix first: the annotation is what a person reads under pressure.
  const body = [...(o.fix ? [`Fix: ${o.fix}`] : []), o.text, ...o.notes].join('\n');
  if (o.level === 'info') {
    annotations.push({ level: 'info', title: '', message: forLog(`${o.title}. ${body}`) });
  } else {
    annotations.push({ level: o.level, title: forTitle(o.title), message: forLog(body) });
  }
  return annotations;
}
