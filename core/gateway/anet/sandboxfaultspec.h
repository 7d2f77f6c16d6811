#pragma once

#include <QString>
#include <optional>

namespace voicepay {

// What can go wrong, on purpose, with one charge request sent to the sandbox server.
enum class SandboxFault {
    None,
    Drop, // the charge is made, then the connection is closed without a reply
    Http500, // HTTP 500 with no XML; nothing is charged
    Timeout, // the charge is made and the reply never comes; the connection is closed after holdMs
    Malformed, // the charge is made; the reply is not XML
    Truncated, // the charge is made; the reply's XML is cut short
    Late, // the charge is made; the reply comes after lateMs, when the client has given up
};

QString sandboxFaultName(SandboxFault fault);

// Parsed from the server's --faults option, e.g.
// "latency=20,drop=5%,http500=5%,late=2%,late-after=3000,seed=7":
//   latency=MS or latency=MIN-MAX  added before every reply
//   drop | http500 | timeout | malformed | truncated | late [=P]
//                                  the share of charge requests that suffer it: "10%", "0.1"; bare: every one
//   hold=MS                        how long a "timeout" keeps the connection open (default 60000)
//   late-after=MS                  when a "late" reply is sent (default 20000)
//   seed=N                         the random sequence that picks the faulty requests (default 1)
//   settle=SECONDS                 charges move to a settled batch after that long (0: never)
//   page=N                         lists answer at most N transactions per page (0: what the client asks)
//   processing=MS                  a charge shows in look-ups only that long after it was made
//   review=P                       the share of approvable charges held for review (responseCode 4), later
//                                  approved or voided
// Faults touch charge requests only: the queries a client makes to learn a charge's fate are answered
// plainly (but see settle, page and processing).
struct SandboxFaultSpec
{
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double drop = 0;
    double http500 = 0;
    double timeout = 0;
    double malformed = 0;
    double truncated = 0;
    double late = 0;
    int holdMs = 60000;
    int lateAfterMs = 20000;
    quint32 seed = 1;
    int settleSeconds = 0;
    int pageSize = 0;
    int processingMs = 0;
    double review = 0;
    int reviewSeconds = 5; // how long a review lasts

    bool isEmpty() const;
    double total() const
    {
        return drop + http500 + timeout + malformed + truncated + late;
    } // connection faults
    QString toString() const;
    static std::optional<SandboxFaultSpec> parse(const QString& spec, QString* error);
};

} // namespace voicepay
