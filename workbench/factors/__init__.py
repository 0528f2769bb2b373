"""Phase 3, clustering into working factors: the factor model, the factor wall, suggestions,
comparison across practices and the text features behind them. Builds on coding."""
