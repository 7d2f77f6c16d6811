#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Reads the memory of a live process (/proc/PID/maps and /proc/PID/mem) and looks for
// byte strings in it. Read-only file mappings (program text and constants) are left out. Needs the right to
// trace the process (root, or the same user without hardening).
struct MemoryHit
{
    QByteArray needle;
    QString region;
    quint64 address = 0;
};

struct MemoryScan
{
    bool ok = false;
    QString error;
    qint64 bytesRead = 0;
    QList<MemoryHit> hits;
};

MemoryScan scanProcessMemory(qint64 pid, const QList<QByteArray>& needles);

// A card number as it could sit in memory: ASCII, UTF-16LE, grouped by fours with spaces, and packed two
// digits a byte (BCD; an odd last digit is left out).
QList<QByteArray> cardNumberForms(const QByteArray& digits);
