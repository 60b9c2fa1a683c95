#pragma once

#include "erp/erpclient.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace linkdesk {

// Starts a call on the ERP client's own thread and brings its answer back to the GUI thread, for a
// dialog or page that asks the ERP. The answer travels through the application object and the guard
// is read only on the GUI thread, so a window closed meanwhile is never touched from the network
// thread; its answer is dropped.
template <typename T, typename Start, typename Done>
void askErp(ErpClient* erp, QObject* guardTarget, Start start, Done done) {
    QPointer<QObject> guard(guardTarget);
    QMetaObject::invokeMethod(
        erp,
        [erp, guard, start = std::move(start), done = std::move(done)]() mutable {
            start(*erp, ErpClient::Callback<T>([guard, done](Result<T> result) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [guard, done, result = std::move(result)]() mutable {
                        if (guard)
                            done(std::move(result));
                    },
                    Qt::QueuedConnection);
            }));
        },
        Qt::QueuedConnection);
}

} // namespace linkdesk
