"""Language data packaged with marsad."""
