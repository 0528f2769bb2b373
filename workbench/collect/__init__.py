"""Phase 1, collecting stories: topic lists, stories, the story booth, imports, search,
pseudonyms and withdrawal. Imports only the shared modules (store, errors, workshop, ...)."""
