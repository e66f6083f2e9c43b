// libFuzzer harness for the case-file reader: the invariants are in FuzzSupport.h, shared with the
// regression test that replays tests/data/fuzz in the normal build (tests/fuzz/README.md).

#include "FuzzSupport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mmtrack::fuzz::checkCaseFile(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
