"""The Streamlit web page: shared resources and one module per page."""
