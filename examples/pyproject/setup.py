"""The extension part of the package (pyproject.toml has the rest).

setuptools writes example.py while building the extension, but runs
build_py first; so build_py here builds the extension before it collects
the Python modules, and example.py is packaged.
"""
from setuptools import Extension, setup
from setuptools.command.build_py import build_py


class build_py_after_ext(build_py):
    def run(self):
        self.run_command("build_ext")
        super().run()


setup(
    ext_modules=[Extension("_example", sources=["example.i", "example.c"], swig_opts=["-I."])],
    py_modules=["example"],
    cmdclass={"build_py": build_py_after_ext},
)
