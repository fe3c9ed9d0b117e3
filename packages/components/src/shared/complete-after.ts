/**
 * `updateComplete` for an element whose render waits on work of its own (code loaded when first
 * needed, results being read): it resolves once that work is done and rendered, so "updated"
 * means drawn. `pending` is asked again after each wait, since the work may start more.
 * @example
 * protected override getUpdateComplete(): Promise<boolean> {
 *   return completeAfter(() => super.getUpdateComplete(), () => this.loading);
 * }
 */
export async function completeAfter(update: () => Promise<boolean>, pending: () => Promise<unknown> | undefined): Promise<boolean> {
  let done = await update();
  for (let waiting = pending(); waiting; waiting = pending()) {
    await waiting;
    done = await update();
  }
  return done;
}
