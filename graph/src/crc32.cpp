// SPDX-License-Identifier: Apache-2.0
// CRC-32 of snapshots (crc32.hpp).
#include "crc32.hpp"

#include <cstddef>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace faultline::detail {
namespace {

// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320: the value zlib and
// boost::crc_32_type compute), slicing by 8 bytes: table k holds the CRC of a
// byte followed by k zero bytes, so eight table lookups advance 8 bytes.
struct crc_tables {
  std::uint32_t t[8][256];
  constexpr crc_tables() : t{} {
    for (std::uint32_t b = 0; b < 256; ++b) {
      std::uint32_t c = b;
      for (int k = 0; k < 8; ++k)
        c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
      t[0][b] = c;
    }
    for (std::uint32_t b = 0; b < 256; ++b)
      for (int k = 1; k < 8; ++k)
        t[k][b] = (t[k - 1][b] >> 8) ^ t[0][t[k - 1][b] & 0xFF];
  }
};
constexpr crc_tables crc_table{};

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define FAULTLINE_CRC_FOLDING 1
// One folding step: x times the two halves of k, plus the next 16 bytes.
__attribute__((target("pclmul,sse2"), always_inline)) inline __m128i fold16(__m128i x, __m128i k, __m128i data) {
  return _mm_xor_si128(_mm_xor_si128(_mm_clmulepi64_si128(x, k, 0x00), _mm_clmulepi64_si128(x, k, 0x11)), data);
}
// CRC-32 by folding with carry-less multiplication (PCLMULQDQ), sixteen
// bytes per multiply, four streams at once: Gopal et al., "Fast CRC
// Computation for Generic Polynomials Using PCLMULQDQ Instruction" (Intel,
// 2009), with the constants of the reflected IEEE polynomial (as in Linux's
// crc32-pclmul). Takes a multiple of 16 bytes, at least 64; the register as
// crc32_update keeps it.
__attribute__((target("pclmul,sse2"))) std::uint32_t crc32_fold(std::uint32_t crc, const unsigned char* p,
                                                                std::size_t n) {
  const auto load = [](const unsigned char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
  // x^(4*128+32) and x^(4*128-32) mod P, x^(128+32) and x^(128-32) mod P,
  // x^64 mod P, each bit-reflected and shifted left by one; P' and mu for
  // the Barrett reduction.
  const __m128i k1k2 = _mm_set_epi64x(0x1C6E41596, 0x154442BD4);
  const __m128i k3k4 = _mm_set_epi64x(0x0CCAA009E, 0x1751997D0);
  const __m128i k5 = _mm_set_epi64x(0, 0x163CD6124);
  const __m128i poly_mu = _mm_set_epi64x(0x1F7011641, 0x1DB710641);
  const __m128i low32 = _mm_set_epi32(0, 0, 0, -1);
  __m128i x1 = _mm_xor_si128(load(p), _mm_cvtsi32_si128(static_cast<int>(crc)));
  __m128i x2 = load(p + 16), x3 = load(p + 32), x4 = load(p + 48);
  p += 64;
  n -= 64;
  for (; n >= 64; p += 64, n -= 64) {
    x1 = fold16(x1, k1k2, load(p));
    x2 = fold16(x2, k1k2, load(p + 16));
    x3 = fold16(x3, k1k2, load(p + 32));
    x4 = fold16(x4, k1k2, load(p + 48));
  }
  x1 = fold16(x1, k3k4, x2);
  x1 = fold16(x1, k3k4, x3);
  x1 = fold16(x1, k3k4, x4);
  for (; n >= 16; p += 16, n -= 16)
    x1 = fold16(x1, k3k4, load(p));
  // 128 bits to 64 (with 32 zero bits appended), then to 32.
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), _mm_clmulepi64_si128(k3k4, x1, 0x01));
  x1 = _mm_xor_si128(_mm_srli_si128(x1, 4), _mm_clmulepi64_si128(_mm_and_si128(x1, low32), k5, 0x00));
  // Barrett reduction to the 32-bit remainder.
  __m128i t = _mm_clmulepi64_si128(_mm_and_si128(x1, low32), poly_mu, 0x10);
  t = _mm_clmulepi64_si128(_mm_and_si128(t, low32), poly_mu, 0x00);
  x1 = _mm_xor_si128(x1, t);
  return static_cast<std::uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(x1, 4)));
}

bool has_clmul() noexcept {
  static const bool yes = __builtin_cpu_supports("pclmul");
  return yes;
}
#endif

}  // namespace

// Advances a CRC-32 register (start 0xFFFFFFFF, final value xor 0xFFFFFFFF).
std::uint32_t crc32_update(std::uint32_t c, std::string_view bytes) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t n = bytes.size();
#if defined(FAULTLINE_CRC_FOLDING)
  if (n >= 64 && has_clmul()) {
    const std::size_t whole = n & ~std::size_t{15};
    c = crc32_fold(c, p, whole);
    p += whole;
    n -= whole;
  }
#endif
  const auto& t = crc_table.t;
  for (; n >= 8; n -= 8, p += 8) {
    const std::uint32_t lo =
        c ^ (std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24);
    c = t[7][lo & 0xFF] ^ t[6][(lo >> 8) & 0xFF] ^ t[5][(lo >> 16) & 0xFF] ^ t[4][lo >> 24] ^ t[3][p[4]] ^ t[2][p[5]] ^
        t[1][p[6]] ^ t[0][p[7]];
  }
  for (; n > 0; --n, ++p)
    c = (c >> 8) ^ t[0][(c ^ *p) & 0xFF];
  return c;
}

std::uint32_t crc32(std::string_view bytes) noexcept {
  return crc32_update(0xFFFFFFFFu, bytes) ^ 0xFFFFFFFFu;
}

}  // namespace faultline::detail
