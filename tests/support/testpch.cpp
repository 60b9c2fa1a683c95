// Compiles tests/support/testpch.h once (cmake/LinkdeskTest.cmake); nothing else.
