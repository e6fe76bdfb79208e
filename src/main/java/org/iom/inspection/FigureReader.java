package org.iom.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.iom.common.LiveFigure;

/**
 * Reads a live figure in its own transaction, so a figure that fails (e.g. a broken query) cannot spoil the
 * transaction of the request that shows it.
 */
@ApplicationScoped
public class FigureReader {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LiveFigure.Value read(LiveFigure figure) {
        return figure.current();
    }
}
