#pragma once

// Sixteen UTF-16 units looked at together, for the texts every stored session carries (prompts, event
// details): nearly all of them are long runs of ASCII letters. With SSE2 (every x86-64) a block is a few
// vector instructions; elsewhere a plain loop gives the same answers.

#include <QtGlobal>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace voicepay::textblocks {

constexpr qsizetype kUnits = 16;

#ifdef __SSE2__
namespace detail {
// Lanes that are 0 where the condition holds: `lo <= v <= hi`, as unsigned 16-bit values.
inline __m128i inRange(__m128i v, unsigned short lo, unsigned short hi)
{
    const __m128i zero = _mm_setzero_si128();
    const __m128i aboveLo = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_set1_epi16(short(lo)), v), zero);
    const __m128i belowHi = _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(short(hi))), zero);
    return _mm_and_si128(aboveLo, belowHi);
}
inline __m128i load(const char16_t* in)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
}
} // namespace detail
#endif

// True when the 16 units at `in` are ASCII and none is a digit.
inline bool asciiWithoutDigits(const char16_t* in)
{
#ifdef __SSE2__
    const __m128i a = detail::load(in);
    const __m128i b = detail::load(in + 8);
    // Wanted: every unit in 0..0x7f and outside '0'..'9'.
    const __m128i ascii = _mm_and_si128(detail::inRange(a, 0, 0x7f), detail::inRange(b, 0, 0x7f));
    const __m128i digit = _mm_or_si128(detail::inRange(a, u'0', u'9'), detail::inRange(b, u'0', u'9'));
    return _mm_movemask_epi8(ascii) == 0xffff && _mm_movemask_epi8(digit) == 0;
#else
    bool special = false;
    for (qsizetype i = 0; i < kUnits; ++i) {
        special |= (char16_t(in[i] - u'0') <= 9) | (in[i] >= 0x80);
    }
    return !special;
#endif
}

// True when the 16 units at `in` are ASCII.
inline bool ascii(const char16_t* in)
{
#ifdef __SSE2__
    const __m128i either = _mm_or_si128(detail::load(in), detail::load(in + 8));
    return _mm_movemask_epi8(detail::inRange(either, 0, 0x7f)) == 0xffff;
#else
    char16_t either = 0;
    for (qsizetype i = 0; i < kUnits; ++i) {
        either |= in[i];
    }
    return either < 0x80;
#endif
}

// True when the 16 units at `in` are printable ASCII without a quote or a backslash: what a JSON string holds
// as it is.
inline bool jsonPlain(const char16_t* in)
{
#ifdef __SSE2__
    const __m128i a = detail::load(in);
    const __m128i b = detail::load(in + 8);
    const __m128i printable = _mm_and_si128(detail::inRange(a, 0x20, 0x7f), detail::inRange(b, 0x20, 0x7f));
    const __m128i quote = _mm_set1_epi16(short(u'"'));
    const __m128i backslash = _mm_set1_epi16(short(u'\\'));
    const __m128i escaped
        = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(a, quote), _mm_cmpeq_epi16(a, backslash)),
            _mm_or_si128(_mm_cmpeq_epi16(b, quote), _mm_cmpeq_epi16(b, backslash)));
    return _mm_movemask_epi8(printable) == 0xffff && _mm_movemask_epi8(escaped) == 0;
#else
    bool escaped = false;
    for (qsizetype i = 0; i < kUnits; ++i) {
        escaped |= (in[i] < 0x20) | (in[i] >= 0x80) | (in[i] == u'"') | (in[i] == u'\\');
    }
    return !escaped;
#endif
}

// The 16 units at `in`, all ASCII, written as 16 bytes at `out`.
inline void narrowAscii(const char16_t* in, char* out)
{
#ifdef __SSE2__
    _mm_storeu_si128(
        reinterpret_cast<__m128i*>(out), _mm_packus_epi16(detail::load(in), detail::load(in + 8)));
#else
    for (qsizetype i = 0; i < kUnits; ++i) {
        out[i] = char(in[i]);
    }
#endif
}

} // namespace voicepay::textblocks
