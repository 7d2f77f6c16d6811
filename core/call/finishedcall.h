#pragma once

#include "flow/callresult.h"
#include "flow/flowevent.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace voicepay {

// Everything a finished call leaves behind, as one value: what the result says, how the flow got there, and
// what a store, a report or a replay needs of it. Times are the driver's clock in milliseconds.
struct FinishedCall
{
    bool finished = false; // false: the driver gave the call up before the flow reached its end
    CallResult result;
    QList<FlowEvent> events;
    QList<QPair<QString, QString>> transitions; // the path taken, (from, to) node pairs in order
    QStringList promptIds; // every catalogue variant played
    QString site; // the configuration's site, where the call is counted
    qint64 startMs = 0;
    qint64 endMs = 0;
};

} // namespace voicepay
