"""Views and docks: outline, source, inspector, annotations, brief, preview, facts, dialogs."""
