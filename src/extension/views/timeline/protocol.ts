// The messages between the Corpus Timeline webview and the extension host:
// plain JSON both ways. The webview asks (a view for a query, suggestions
// for what the user typed, to open a place, to set a publication date); the
// host answers with plain data it computed in the core.

import type { Range } from '../../../core/model';
import type { Suggestion, TimelineQuery, TimelineView } from '../../../core/service';

export type SuggestField = 'entity' | 'article';

export type WebviewMessage =
  | { readonly type: 'query'; readonly query: TimelineQuery }
  | { readonly type: 'suggest'; readonly field: SuggestField; readonly text: string }
  | { readonly type: 'open'; readonly uri: string; readonly range: Range }
  | { readonly type: 'setPublished'; readonly uri: string };

export type HostMessage =
  | { readonly type: 'view'; readonly view: TimelineView }
  | { readonly type: 'suggestions'; readonly field: SuggestField; readonly items: readonly Suggestion[] };
