"""The listing toolkit shared by the methods library, the search page and the materials library.

facets: the facet engine (disjunctive counts, OR within a facet, AND across facets);
pagination: one page of a list from any `?page=` value, and the page numbers to show;
query: the query string of a link built in Python (templates use Django's {% querystring %}).
"""
