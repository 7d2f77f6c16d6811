#pragma once

#include <QByteArray>

namespace voicepay::replaycodec {

// The body of a row of `replays`, from a replay's compact JSON. Four forms are read, told apart by the first
// byte:
// - '{': the JSON text itself (rows stored before schema version 7);
// - 0x00: qCompress()'s format, the length as four big-endian bytes and a zlib stream (version 7, first
// form);
// - 0x01: a raw deflate stream primed with the preset dictionary in replaycodec.cpp, which holds the prompts
//   and keys that nearly every replay repeats: about 85 bytes a replay instead of about 490 (version 7,
//   second form; read, no longer written);
// - 0x02: a zstd frame (without its four magic bytes) compressed with a zstd dictionary of the same content
//   and entropy tables of typical replays: about 78 bytes a replay, in a fifth of deflate's time. What pack()
//   writes.
// The dictionary is part of the stored format: it never changes. A better one gets a new first byte.
QByteArray pack(const QByteArray& json);
// The JSON of a body in any of the forms; empty when the body is none of them (or is damaged).
QByteArray unpack(const QByteArray& body);

} // namespace voicepay::replaycodec
