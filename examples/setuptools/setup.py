"""The classic example built by setuptools, with rswig as its swig.

    python3 setup.py build_ext --inplace --swig=rswig
    python3 runme.py

setuptools runs `rswig -python <swig_opts> -o example_wrap.c example.i`,
which also writes example.py beside example.i.
"""
from setuptools import Extension, setup

setup(
    name="example",
    version="0.1",
    ext_modules=[
        Extension(
            "_example",
            sources=["example.i", "example.c"],
            swig_opts=["-I."],
        )
    ],
    py_modules=["example"],
)
