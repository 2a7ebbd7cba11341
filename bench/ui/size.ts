/** Width of the bench page and of every widget, in px: a typical dashboard column. */
export const BENCH_WIDTH = 800;
/** Height jsdom reports for every element (it does no layout). */
export const BENCH_HEIGHT = 400;
