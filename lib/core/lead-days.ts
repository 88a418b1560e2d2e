/** Lead days as settings keep them: each once, the furthest from the due date first ([0, 3, 1, 3] → [3, 1, 0]). */
export function leadDaysInOrder(days: Iterable<number>): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}
