/** The arguments that make a polls list its own: each filter and order has its pages, merged by relayStylePagination. */
export const POLLS_KEY_ARGS = ['where', 'orderBy'];
