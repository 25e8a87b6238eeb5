import type { CommentState } from '../extract/types';

/** How loudly the popup should show the comment state: closed and restricted are news to the reader. */
export function commentNoticeKind(state: CommentState): 'loud' | 'quiet' | 'none' {
  switch (state.state) {
    case 'closed':
    case 'restricted':
      return 'loud';
    case 'open':
    case 'embedded':
      return 'quiet';
    default:
      return 'none';
  }
}
