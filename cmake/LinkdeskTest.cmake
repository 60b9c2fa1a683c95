# linkdesk_add_test(NAME SOURCES a.cpp b.cpp LIBS lib... LABELS unit|db|gui|net [ENV K=V...] [RUNS suffix=ENV...])
# Builds one Qt Test executable and registers it with CTest on the offscreen platform.
# RUNS registers the same executable once more per entry, e.g. RUNS "pg=LINKDESK_TEST_ENGINE=postgresql".

# The compile options of the suites' own code, and of the precompiled header they share.
function(linkdesk_test_options target)
    target_compile_options(${target} PRIVATE ${LINKDESK_WARNINGS})
    # A test is one file (its helpers in an anonymous namespace): nothing to batch.
    set_target_properties(${target} PROPERTIES UNITY_BUILD OFF)
    # The tests' own code unoptimised (line tables only, as everything in RelWithDebInfo): 37% less
    # compile time per suite with g++, about half with clang under the sanitizers. The code under
    # test is the libraries', built with the build type's flags.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE $<$<CONFIG:RelWithDebInfo>:-O0>)
    elseif(LINKDESK_SANITIZE)
        target_compile_options(${target} PRIVATE -O0)
    endif()
endfunction()

# The Qt headers every suite reads, parsed once for all of them (tests/support/testpch.h, built by
# linkdesk_test_pch in tests/support/CMakeLists.txt).
option(LINKDESK_TEST_PCH "Share one precompiled header of Qt's headers among the test suites" ON)

function(linkdesk_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS;ENV;RUNS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE linkdesk_test_support Qt6::Test ${T_LIBS})
    linkdesk_test_options(${name})
    if(LINKDESK_TEST_PCH)
        target_precompile_headers(${name} REUSE_FROM linkdesk_test_pch)
        # moc's output is included by the test's own file: this one is all but empty.
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp
                                    PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
        # Should the shared header not fit a suite, g++ says so (CMake adds -Winvalid-pch, an error
        # under -Werror) rather than quietly parsing the headers again; clang refuses it.
    endif()
    set(env QT_QPA_PLATFORM=offscreen ${T_ENV})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "${env}")
    foreach(run IN LISTS T_RUNS)
        string(REPLACE "=" ";" parts "${run}")
        list(POP_FRONT parts suffix)
        list(JOIN parts "=" runenv)
        add_test(NAME ${name}_${suffix} COMMAND ${name})
        set_tests_properties(${name}_${suffix} PROPERTIES LABELS "${T_LABELS};${suffix}"
                             ENVIRONMENT "${env};${runenv}")
    endforeach()
endfunction()
